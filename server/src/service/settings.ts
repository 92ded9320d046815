import { DEFAULT_SEVERITY, DiagnosticCode, Severity } from '../analysis';

/** The server's view of the `scholarlyLens.*` settings, with defaults for anything unset or invalid. */
export interface Settings {
  enable: boolean;
  severity: Record<DiagnosticCode, Severity>;
}

const SEVERITIES = new Set<Severity>(['error', 'warning', 'information', 'hint', 'off']);

export function defaultSettings(): Settings {
  return { enable: true, severity: { ...DEFAULT_SEVERITY } };
}

/** Reads the client's `scholarlyLens` section; a client without settings gets the defaults. */
export function readSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!raw || typeof raw !== 'object') return settings;
  const section = raw as { enable?: unknown; diagnostics?: { severity?: Record<string, unknown> } };
  if (typeof section.enable === 'boolean') settings.enable = section.enable;
  const severity = section.diagnostics?.severity;
  if (severity && typeof severity === 'object') {
    for (const code of Object.values(DiagnosticCode)) {
      const value = severity[code];
      if (typeof value === 'string' && SEVERITIES.has(value as Severity)) settings.severity[code] = value as Severity;
    }
  }
  return settings;
}
