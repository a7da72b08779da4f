import { describe, expect, it } from 'vitest';
import { describeErrors, responseValidator, specAvailable, specOperations } from '../support/spec';

describe.runIf(specAvailable())('the spec loader', () => {
  it('lists the 58 operations of Lusha V3', () => {
    expect(specOperations()).toHaveLength(58);
  });

  it('validates the examples of the spec against its own schemas, except the 6 known to break them', () => {
    const failures: string[] = [];
    let count = 0;
    for (const op of specOperations()) {
      for (const response of op.responses) {
        if (!response.schemaRef) continue;
        const validate = responseValidator(op.operationId, response.status);
        for (const example of response.examples) {
          count++;
          if (!validate(example.value)) {
            failures.push(
              `${op.operationId} ${response.status} ${example.name}: ${describeErrors(validate)}`,
            );
          }
        }
      }
    }
    expect(count).toBeGreaterThan(200);
    // The spec's README names six examples that break its own schemas; everything else validates.
    console.info(failures.join('\n'));
    expect(failures, failures.join('\n')).toHaveLength(6);
  });
});
