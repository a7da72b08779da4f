/** Character and text tests for the detectors' fast paths (no pattern, no allocation). */

export const isAsciiLetter = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

export const isAsciiAlnum = (code: number) => (code >= 48 && code <= 57) || isAsciiLetter(code);

/** True for text that is only whitespace (most text nodes between tags). */
export const blank = (text: string) => text.charCodeAt(0) <= 32 && text.trim() === '';
