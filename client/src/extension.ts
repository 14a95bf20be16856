// The VS Code side of Marginalia: starts the server, shows its state, and offers five commands.
// The only file that imports `vscode`; what can be decided without it lives in the pure modules.
import * as vscode from 'vscode';
import {
  DefinitionRequest,
  DidChangeConfigurationNotification,
  InlayHintRequest,
  LanguageClient,
  LanguageClientOptions,
  ResponseError,
  State,
  ErrorCodes,
} from 'vscode-languageclient/node';
import { firstTarget } from './definition';
import { isLaunchProblem, LaunchAction, resolveServerCommand, systemEnvironment } from './launcher';
import { serverSettingKeys, userSettings } from './settings';
import { describeLaunch, describeStatus, ServerStatus, StatusView } from './status';
import { timelineHtml } from './timelineHtml';

interface CheckWorkspaceResult {
  notes: number;
  findings: number;
}

/** Settings that change how the server is started: a change restarts it instead of notifying it. */
const launchSettings = ['marginalia.server.path', 'marginalia.dotnet.path'];

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let statusItem: vscode.StatusBarItem;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Marginalia');
  statusItem = vscode.window.createStatusBarItem('marginalia.status', vscode.StatusBarAlignment.Left, 10);
  statusItem.name = 'Marginalia';
  statusItem.command = 'marginalia.showOutput';
  context.subscriptions.push(output, statusItem);

  context.subscriptions.push(
    vscode.commands.registerCommand('marginalia.restartServer', () => restart(context)),
    vscode.commands.registerCommand('marginalia.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('marginalia.checkWorkspace', () => checkWorkspace()),
    vscode.commands.registerCommand('marginalia.openSourcePassage', () => openSourcePassage()),
    vscode.commands.registerCommand('marginalia.showTimeline', () => showTimeline(context)),
    vscode.workspace.onDidChangeConfiguration((event) => onConfigurationChanged(event, context)),
  );

  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  showStatus(describeLaunch('starting'));
  const config = vscode.workspace.getConfiguration('marginalia');
  const plan = await resolveServerCommand(
    {
      serverPath: config.get<string>('server.path'),
      dotnetPath: config.get<string>('dotnet.path'),
      extensionPath: context.extensionPath,
      workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    },
    systemEnvironment(),
  );
  if (isLaunchProblem(plan)) {
    output.appendLine(plan.error);
    showStatus(describeLaunch('failed', plan.error));
    void offer(plan.error, plan.actions);
    return;
  }

  output.appendLine(`Starting the server: ${plan.command} ${plan.args.join(' ')}`);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // The papers are plain text: open, they show their own contradictions (MRG009) and how much of each section the
      // notes cite (code lenses). The server checks no other plain text file: plain text is never a note.
      { scheme: 'file', language: 'plaintext' },
    ],
    outputChannel: output,
    middleware: {
      // `marginalia.inlayHints.enabled: false` hides Marginalia's hints without touching other extensions'.
      provideInlayHints: (document, range, token, next) =>
        vscode.workspace.getConfiguration('marginalia', document).get<boolean>('inlayHints.enabled', true) ? next(document, range, token) : [],
      workspace: {
        // Only what the user set goes to the server, so .marginalia.yaml is not overridden by defaults (settings.ts).
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          const keys = serverSettingKeys(context.extension.packageJSON);
          return params.items.map((item, i) => (item.section === 'marginalia' ? userSettingsFor(keys, item.scopeUri) : answers[i]));
        },
      },
    },
  };
  // The id 'marginalia' makes the client follow the `marginalia.trace.server` setting.
  const started = new LanguageClient('marginalia', 'Marginalia', { run: plan, debug: plan }, clientOptions);
  started.onNotification('marginalia/status', (status: ServerStatus) => showStatus(describeStatus(status)));
  started.onDidChangeState((change) => {
    if (change.newState === State.Stopped) showStatus(describeLaunch('stopped'));
  });
  client = started;
  try {
    await started.start();
  } catch (error) {
    const message = `Marginalia: the server did not start: ${messageOf(error)}`;
    output.appendLine(message);
    showStatus(describeLaunch('failed', message));
    void offer(message, [{ title: 'Show Output', kind: 'showOutput' }]);
  }
}

function userSettingsFor(keys: string[], scopeUri: string | undefined): Record<string, unknown> {
  const scope = scopeUri ? vscode.Uri.parse(scopeUri) : vscode.workspace.workspaceFolders?.[0]?.uri;
  const config = vscode.workspace.getConfiguration('marginalia', scope);
  return userSettings(keys, (key) => config.inspect(key));
}

async function stop(): Promise<void> {
  const stopping = client;
  client = undefined;
  if (stopping?.isRunning()) await stopping.stop();
  else await stopping?.dispose();
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await stop();
  await start(context);
}

function onConfigurationChanged(event: vscode.ConfigurationChangeEvent, context: vscode.ExtensionContext): void {
  if (launchSettings.some((setting) => event.affectsConfiguration(setting))) {
    void restart(context);
    return;
  }
  if (event.affectsConfiguration('marginalia.inlayHints.enabled')) refreshInlayHints();
  // The server pulls its settings with workspace/configuration; this tells it to pull again.
  if (event.affectsConfiguration('marginalia') && client?.isRunning()) {
    void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }
}

/** Asks VS Code to take the hints again (they are filtered by the setting in the middleware). */
function refreshInlayHints(): void {
  const feature = client?.getFeature(InlayHintRequest.method);
  for (const editor of vscode.window.visibleTextEditors) feature?.getProvider(editor.document)?.onDidChangeInlayHints.fire();
}

async function checkWorkspace(): Promise<void> {
  const running = runningClient();
  if (!running) return;
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Marginalia: checking every note…' },
      () => running.sendRequest<CheckWorkspaceResult>('marginalia/checkWorkspace', {}),
    );
    const notes = result.notes === 1 ? '1 note' : `${result.notes} notes`;
    const findings = result.findings === 1 ? '1 finding' : `${result.findings} findings`;
    const choice = await vscode.window.showInformationMessage(`Marginalia checked ${notes}: ${findings}.`, 'Show Problems');
    if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
  } catch (error) {
    void vscode.window.showErrorMessage(`Marginalia could not check the workspace: ${messageOf(error)}`);
  }
}

async function openSourcePassage(): Promise<void> {
  const running = runningClient();
  if (!running) return;
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Marginalia: put the cursor on an event reference in a Markdown note first.');
    return;
  }
  try {
    const params = running.code2ProtocolConverter.asTextDocumentPositionParams(editor.document, editor.selection.active);
    const target = firstTarget(await running.sendRequest(DefinitionRequest.type, params));
    if (!target) {
      void vscode.window.showInformationMessage('Marginalia: no source passage for the text at the cursor.');
      return;
    }
    const range = running.protocol2CodeConverter.asRange(target.range);
    await vscode.window.showTextDocument(vscode.Uri.parse(target.uri), { selection: range, preview: true });
  } catch (error) {
    const reason = error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound
      ? 'this server does not answer textDocument/definition yet'
      : messageOf(error);
    void vscode.window.showErrorMessage(`Marginalia could not open the source passage: ${reason}`);
  }
}

let timelinePanel: vscode.WebviewPanel | undefined;

/** What the timeline view posts (client/timeline/main.ts). */
interface TimelineLocation { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
type TimelineMessage = { type: 'ready' } | { type: 'open'; location: TimelineLocation };

/**
 * Marginalia: Show Timeline. A webview of the papers' events and the notes' claims (`marginalia/timeline`), drawn by
 * dist/timeline.js; it asks again whenever diagnostics change (an edit, a save, a file changed on disk), and a click
 * on a mark opens the paper's passage or the note's line beside it.
 */
async function showTimeline(context: vscode.ExtensionContext): Promise<void> {
  if (!runningClient()) return;
  if (timelinePanel) {
    timelinePanel.reveal();
    return;
  }
  const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
  const panel = vscode.window.createWebviewPanel('marginalia.timeline', 'Marginalia Timeline', vscode.ViewColumn.Beside, {
    enableScripts: true,
    retainContextWhenHidden: true,
    localResourceRoots: [dist],
  });
  timelinePanel = panel;
  panel.webview.html = timelineHtml({
    cspSource: panel.webview.cspSource,
    script: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'timeline.js')).toString(),
  });
  let pending: ReturnType<typeof setTimeout> | undefined;
  const refresh = async () => {
    const running = client?.isRunning() ? client : undefined;
    if (!running) return;
    try {
      const data = await running.sendRequest('marginalia/timeline', {});
      await panel.webview.postMessage({ type: 'timeline', data });
    } catch (error) {
      output.appendLine(`The timeline could not be drawn: ${messageOf(error)}`);
    }
  };
  const subscriptions = [
    panel.webview.onDidReceiveMessage(async (message: TimelineMessage) => {
      if (message.type === 'ready') await refresh();
      else if (message.type === 'open') await openFromTimeline(panel, message.location);
    }),
    // The server publishes diagnostics after every edit it has checked: then the claims may have changed.
    vscode.languages.onDidChangeDiagnostics(() => {
      clearTimeout(pending);
      pending = setTimeout(() => void refresh(), 300);
    }),
  ];
  panel.onDidDispose(() => {
    clearTimeout(pending);
    for (const subscription of subscriptions) subscription.dispose();
    timelinePanel = undefined;
  }, undefined, context.subscriptions);
}

async function openFromTimeline(panel: vscode.WebviewPanel, location: TimelineLocation): Promise<void> {
  const { start, end } = location.range;
  const selection = new vscode.Range(start.line, start.character, end.line, end.character);
  const beside = panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  await vscode.window.showTextDocument(vscode.Uri.parse(location.uri), { selection, viewColumn: beside, preview: true });
}

function runningClient(): LanguageClient | undefined {
  if (client?.isRunning()) return client;
  void offer('Marginalia: the server is not running.', [{ title: 'Show Output', kind: 'showOutput' }]);
  return undefined;
}

function showStatus(view: StatusView): void {
  statusItem.text = view.text;
  statusItem.tooltip = view.tooltip;
  statusItem.backgroundColor = view.isError ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  statusItem.show();
}

async function offer(message: string, actions: LaunchAction[]): Promise<void> {
  const choice = await vscode.window.showErrorMessage(message, ...actions.map((action) => action.title));
  const action = actions.find((candidate) => candidate.title === choice);
  switch (action?.kind) {
    case 'openUrl':
      await vscode.env.openExternal(vscode.Uri.parse(action.url));
      break;
    case 'openSetting':
      await vscode.commands.executeCommand('workbench.action.openSettings', action.setting);
      break;
    case 'showOutput':
      output.show(true);
      break;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
