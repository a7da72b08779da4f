/** The options page's root. The API key and settings arrive with the look-up issue. */
export function OptionsPage() {
  return (
    <main>
      <h1>Prospect Lens settings</h1>
      <p>Settings will appear here.</p>
    </main>
  );
}
