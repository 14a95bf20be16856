// The first place a `textDocument/definition` answer points to. Pure: protocol types only.
import type { Location, LocationLink, Range } from 'vscode-languageserver-protocol';

export type DefinitionResult = Location | Location[] | LocationLink[] | null | undefined;

export interface Target {
  uri: string;
  /** What to select: a link's selection range when it has one, else the whole target. */
  range: Range;
}

export function firstTarget(result: DefinitionResult): Target | undefined {
  if (!result) return undefined;
  const first = Array.isArray(result) ? result[0] : result;
  if (!first) return undefined;
  if ('targetUri' in first) {
    return { uri: first.targetUri, range: first.targetSelectionRange ?? first.targetRange };
  }
  return { uri: first.uri, range: first.range };
}
