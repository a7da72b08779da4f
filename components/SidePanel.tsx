/** The side panel's root. Later issues fill it with findings, previews and history. */
export function SidePanel() {
  return (
    <main>
      <h1>Prospect Lens</h1>
      <p>Open a LinkedIn profile or a company website to look people up in Lusha.</p>
    </main>
  );
}
