import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config/paths';
import { freePort } from './free-port';

/** Where nginx usually is (Debian, other Linux, Homebrew). */
const NGINX_LOCATIONS = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx'];

export const NO_NGINX = 'No nginx found for the deployment test: install it (Debian/Ubuntu: sudo apt install nginx-light; macOS: brew install nginx) or set NGINX_PATH to its executable.';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `NGINX_PATH`, else the usual locations; the one-line reason when there is none. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): { path: string } | { error: string } {
  const chosen = env.NGINX_PATH?.trim();
  if (chosen) return executable(chosen) ? { path: chosen } : { error: `NGINX_PATH is ${chosen}, which is not an executable file.` };
  const found = NGINX_LOCATIONS.find(executable);
  return found ? { path: found } : { error: NO_NGINX };
}

/** The folder of nginx's own configuration (where its `mime.types` is), from `nginx -V`. */
function confDir(nginx: string): string {
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const match = /--conf-path=(\S+)/.exec(`${version.stdout}${version.stderr}`);
  return path.dirname(match?.[1] ?? '/etc/nginx/nginx.conf');
}

export interface NginxServer {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  stop(): Promise<void>;
}

/**
 * A real nginx serving `root` on 127.0.0.1 with the project's own `deploy/nginx/dmspot-site.conf`
 * and headers snippet, in an http block like a distribution's (`default_type
 * application/octet-stream`, as Debian's nginx.conf has): what a deployment following the
 * example gets, minus TLS. Runs in the foreground of its own process, in a temporary prefix.
 */
export async function startNginx(root: string): Promise<NginxServer> {
  const found = findNginx();
  if ('error' in found) {
    const error = new Error(found.error);
    error.stack = `NginxNotFound: ${found.error}`;
    throw error;
  }
  const prefix = mkdtempSync(path.join(tmpdir(), 'dmspot-nginx-'));
  mkdirSync(path.join(prefix, 'snippets'));
  mkdirSync(path.join(prefix, 'logs'));
  copyFileSync(path.join(confDir(found.path), 'mime.types'), path.join(prefix, 'mime.types'));
  copyFileSync(path.join(REPO_ROOT, 'deploy/nginx/dmspot-site.conf'), path.join(prefix, 'snippets/dmspot-site.conf'));
  copyFileSync(path.join(REPO_ROOT, 'deploy/nginx/dmspot-headers.conf'), path.join(prefix, 'snippets/dmspot-headers.conf'));
  const port = await freePort();
  const temp = (name: string) => path.join(prefix, name);
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `worker_processes 1;
daemon off;
pid ${temp('nginx.pid')};
error_log ${temp('logs/error.log')} warn;
events { worker_connections 64; }
http {
  include mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${path.resolve(root)};
    include snippets/dmspot-site.conf;
  }
}
`,
  );
  const server: ChildProcess = spawn(found.path, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (server.exitCode !== null) throw new Error(`nginx did not start:\n${stderr}${existsSync(temp('logs/error.log')) ? readFileSync(temp('logs/error.log'), 'utf8') : ''}`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx did not answer on ${origin}:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    origin,
    stop: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
