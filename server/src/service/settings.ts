import { DEFAULT_SEVERITY, DiagnosticCode, Severity } from '../analysis';
import { DEFAULT_MAX_ANALYSED_MB, DEFAULT_MAX_INDEXED_MB } from '../workspace/sizeLimits';

/** The server's view of the `scholarlyLens.*` settings, with defaults for anything unset or invalid. */
export interface Settings {
  enable: boolean;
  /** Where outline groups, citation counts, colours and term hovers show: in documents that read as papers, or in every one. */
  showIn: 'papers' | 'everyDocument';
  severity: Record<DiagnosticCode, Severity>;
  /** Bibliography files read into the reader's library besides the workspace's .bib and .csl.json files. */
  bibliographies: string[];
  limits: {
    /** Open documents larger than this are not analysed. */
    maxAnalysedMB: number;
    /** Workspace files larger than this are not indexed. */
    maxIndexedMB: number;
  };
}

const SEVERITIES = new Set<Severity>(['error', 'warning', 'information', 'hint', 'off']);

export function defaultSettings(): Settings {
  return {
    enable: true,
    showIn: 'papers',
    severity: { ...DEFAULT_SEVERITY },
    bibliographies: [],
    limits: { maxAnalysedMB: DEFAULT_MAX_ANALYSED_MB, maxIndexedMB: DEFAULT_MAX_INDEXED_MB },
  };
}

/** Reads the client's `scholarlyLens` section; a client without settings gets the defaults. */
export function readSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!raw || typeof raw !== 'object') return settings;
  const section = raw as { enable?: unknown; showIn?: unknown; bibliographies?: unknown; diagnostics?: { severity?: Record<string, unknown> }; limits?: Record<string, unknown> };
  if (typeof section.enable === 'boolean') settings.enable = section.enable;
  if (section.showIn === 'papers' || section.showIn === 'everyDocument') settings.showIn = section.showIn;
  if (Array.isArray(section.bibliographies)) settings.bibliographies = section.bibliographies.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  const severity = section.diagnostics?.severity;
  if (severity && typeof severity === 'object') {
    for (const code of Object.values(DiagnosticCode)) {
      const value = severity[code];
      if (typeof value === 'string' && SEVERITIES.has(value as Severity)) settings.severity[code] = value as Severity;
    }
  }
  const limits = section.limits;
  if (limits && typeof limits === 'object') {
    for (const key of ['maxAnalysedMB', 'maxIndexedMB'] as const) {
      const value = limits[key];
      if (typeof value === 'number' && value > 0) settings.limits[key] = value;
    }
  }
  return settings;
}
