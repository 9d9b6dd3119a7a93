import { spawn } from 'node:child_process';

/** The command that opens a URL in the desktop's browser on this platform. */
export function openCommand(platform: NodeJS.Platform = process.platform): {
  command: string;
  args: string[];
} {
  if (platform === 'darwin') return { command: 'open', args: [] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""'] };
  return { command: 'xdg-open', args: [] };
}

/**
 * Opens `url` in the browser without blocking or inheriting the terminal. Resolves to null on success,
 * or to a message saying why it could not (no xdg-open, not an http(s) URL) — never throws.
 */
export function openUrl(
  url: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  if (!/^https?:\/\//.test(url)) return Promise.resolve(`Not a web link: ${url}`);
  const { command, args } = openCommand(platform);
  return new Promise((resolve) => {
    try {
      const child = spawn(command, [...args, url], { stdio: 'ignore', detached: true, env });
      child.once('error', () => resolve(`Could not open the link: ${command} is not available. ${url}`));
      child.once('spawn', () => {
        child.unref();
        resolve(null);
      });
    } catch {
      resolve(`Could not open the link: ${url}`);
    }
  });
}
