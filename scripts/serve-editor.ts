// npm run editor [folder]: the editor built by `npm run build:editor` (dist-editor/), served on
// http://127.0.0.1:8080/ only, for one editor's own machine: Sveltia CMS offers "使用本地仓库"
// (edit the project folder on this computer) only on localhost. Nothing is reachable from another
// machine, and only files inside the folder are served.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Serve `folder` on 127.0.0.1:`port` (0: any free port); resolves once listening. */
export async function serveEditor(folder: string, port: number): Promise<{ server: Server; origin: string }> {
  const root = resolve(folder);
  const server = createServer(async (request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' }).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('没有这个文件');
    }
  });
  await new Promise<void>((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', done));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = resolve(process.argv[2] || process.env.GONGKAI_EDITOR_OUT_DIR || 'dist-editor');
  try {
    await readFile(join(folder, 'index.html'));
  } catch {
    console.error(`${folder}${sep} 中没有编辑器：请先运行 npm run build:editor`);
    process.exit(1);
  }
  const { origin } = await serveEditor(folder, Number(process.env.PORT) || 8080);
  console.log(`编辑器已在 ${origin}/ 打开（只有本机能访问），按 Ctrl+C 停止。`);
}
