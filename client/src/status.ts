// What the status bar says about the server. Pure, so the wording is tested without VS Code.

/** The server's `marginalia/status` notification. */
export interface ServerStatus {
  state: 'starting' | 'ready' | 'indexing' | 'error';
  papers: string[];
  notes: number;
  message?: string;
}

export interface StatusView {
  text: string;
  tooltip: string;
  isError: boolean;
}

const icons: Record<ServerStatus['state'], string> = {
  starting: '$(loading~spin)',
  indexing: '$(sync~spin)',
  ready: '$(book)',
  error: '$(error)',
};

export function describeStatus(status: ServerStatus): StatusView {
  const papers = status.papers ?? [];
  const paperCount = papers.length === 1 ? '1 paper' : `${papers.length} papers`;
  const noteCount = status.notes === 1 ? '1 note' : `${status.notes ?? 0} notes`;
  const text = status.state === 'ready'
    ? `${icons.ready} Marginalia: ${paperCount}`
    : `${icons[status.state] ?? ''} Marginalia: ${status.state}`.trim();
  const lines = [
    `Marginalia server: ${status.state}`,
    papers.length > 0 ? `Papers: ${papers.join(', ')}` : 'Papers: none loaded',
    `Notes: ${noteCount}`,
  ];
  if (status.message) lines.push(status.message);
  lines.push('Click to show the output.');
  return { text, tooltip: lines.join('\n'), isError: status.state === 'error' };
}

/** Before the server has said anything, or when it could not be started at all. */
export function describeLaunch(state: 'starting' | 'stopped' | 'failed', message?: string): StatusView {
  switch (state) {
    case 'starting':
      return { text: `${icons.starting} Marginalia: starting`, tooltip: 'Marginalia server: starting', isError: false };
    case 'stopped':
      return { text: '$(circle-slash) Marginalia: stopped', tooltip: 'Marginalia server: stopped. Run "Marginalia: Restart Server".', isError: false };
    case 'failed':
      return { text: `${icons.error} Marginalia: not running`, tooltip: `${message ?? 'The server could not be started.'}\nClick to show the output.`, isError: true };
  }
}
