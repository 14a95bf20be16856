// What the client answers to the server's workspace/configuration request for the `marginalia` section.
// Pure, so the precedence is tested without VS Code.
//
// VS Code's own answer carries every package.json default, and the server cannot tell a default from a
// choice: a default `MRG002: error` would hide `MRG002: off` in .marginalia.yaml. So the client sends only
// what the user set (VS Code's `inspect()`: user, workspace or folder settings) and the server lays that
// over the file, which it lays over the built-in defaults: defaults < .marginalia.yaml < editor settings,
// the same order `marginalia check` uses without the last layer.

/** Settings that only the client reads (how to start the server, tracing, hints shown): never sent to the server. */
const clientOnly = new Set(['server.path', 'dotnet.path', 'trace.server', 'inlayHints.enabled']);

/** The setting keys (without `marginalia.`) the server reads, from the manifest's contributed configuration. */
export function serverSettingKeys(manifest: unknown): string[] {
  const properties = (manifest as { contributes?: { configuration?: { properties?: Record<string, unknown> } } })
    ?.contributes?.configuration?.properties ?? {};
  return Object.keys(properties)
    .filter((name) => name.startsWith('marginalia.'))
    .map((name) => name.slice('marginalia.'.length))
    .filter((key) => !clientOnly.has(key));
}

/** The layers of one setting as VS Code's `WorkspaceConfiguration.inspect()` reports them. */
export interface SettingLayers {
  defaultValue?: unknown;
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/** The value the user chose, most specific layer first; undefined when only the default applies. */
export function userValue(layers: SettingLayers | undefined): unknown {
  return layers?.workspaceFolderValue ?? layers?.workspaceValue ?? layers?.globalValue;
}

/**
 * The `marginalia` section as the server reads it ({papers, notes, severity: {MRG001: …}}), holding only
 * the keys the user set: `severity.MRG002` becomes `{severity: {MRG002: …}}`.
 */
export function userSettings(keys: readonly string[], inspect: (key: string) => SettingLayers | undefined): Record<string, unknown> {
  const section: Record<string, unknown> = {};
  for (const key of keys) {
    const value = userValue(inspect(key));
    if (value === undefined) continue;
    const parts = key.split('.');
    let node = section;
    for (const part of parts.slice(0, -1)) {
      if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]!] = value;
  }
  return section;
}
