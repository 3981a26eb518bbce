// What a unit's workbook (and the browser form) is built from, and what it gives back. The unit's tasks and roles
// come from the reporting model's participation rules; nothing here decides who takes part in what.
export interface UnitTask {
  id: string;
  title: string;
  /** Only a unit that leads the task gives a percent. */
  leads: boolean;
  /** The unit's role in words, with the plan's condition kept ("Chủ trì — đối với …"). */
  role: string;
  /** The timeframe ("2025–2030", or "Không ghi thời gian"). */
  timeframe: string;
}

export interface UnitTarget {
  id: string;
  measure: string;
  /** The plan's unit for the figure, when it gives one. */
  unit: string | null;
}

/** Everything the template of one unit and year shows. */
export interface UnitForm {
  unit: { id: string; name: string };
  year: number;
  tasks: UnitTask[];
  targets: UnitTarget[];
}

export interface EvidenceValue {
  title: string;
  url?: string | null | undefined;
}

/**
 * A submission as plain values in the shape of content/reports/<year>/<unit-id>.yaml, before the schema checks it:
 * what the reader produces and what the writer and the form pre-fill from.
 */
export interface SubmissionValues {
  unit: string;
  year: number;
  document: { number?: unknown; date?: unknown; signer?: unknown; url?: unknown };
  /** The date Sở NN&MT received the document: the editor's, kept when an import updates a file; never in a workbook. */
  received?: unknown;
  tasks: {
    task: unknown;
    status?: unknown;
    percent?: unknown;
    summary?: unknown;
    reason?: unknown;
    evidence?: unknown;
  }[];
  proposals: unknown[];
  targets: { target: unknown; value?: unknown; unit?: unknown; as_of?: unknown; source?: unknown; scope?: unknown }[];
}

/** One line per document: the title, then the address if there is one. The same text in the workbook and the form. */
export function evidenceToText(list: readonly EvidenceValue[] | undefined): string {
  return (list ?? []).map((e) => (e.url ? `${e.title} ${e.url}` : e.title)).join('\n');
}

/** The reverse of evidenceToText: an address at the end of a line is that document's link. */
export function evidenceFromText(text: string): EvidenceValue[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(.*?)\s*((?:https?|ftp):\/\/\S+)$/i.exec(line);
      if (!m) return { title: line };
      return { title: m[1]!.replace(/[\s:–—-]+$/, '') || m[2]!, url: m[2]! };
    });
}
