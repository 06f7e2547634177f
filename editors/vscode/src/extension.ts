// Starts `rubric lsp` for *.rubric files through vscode-languageclient (docs/editors.md).
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

// Starts the language server with the binary named by the `rubric.path` setting.
async function start(): Promise<void> {
  const command = vscode.workspace.getConfiguration("rubric").get<string>("path") || "rubric";
  const server: ServerOptions = { command, args: ["lsp"] };
  const options: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "rubric" }, { scheme: "untitled", language: "rubric" }],
  };
  client = new LanguageClient("rubric", "rubric language server", server, options);
  await client.start();
}

// Activates the extension: starts the server and restarts it when `rubric.path` changes.
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration("rubric.path")) return;
      await deactivate();
      await start();
    }),
  );
  await start();
}

// Stops the language server.
export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
