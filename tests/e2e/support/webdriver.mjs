// WebKitGTK driven over classic WebDriver (W3C): WebKitWebDriver starts
// MiniBrowser, which has no headless mode, so both run on an Xvfb display
// of their own. The client is the few commands the tests send, over
// fetch: WebKitGTK speaks no WebDriver BiDi, and the npm clients require
// a newer Node than the project's.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { promisify } from 'node:util';

const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// W3C WebDriver's key for an element reference in JSON.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Starts Xvfb on a free display; returns `{ display, close }`. */
export async function startXvfb() {
  // -displayfd: Xvfb picks a free display and writes its number to fd 3.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr.on('data', (chunk) => (stderr += chunk));
  const number = await new Promise((resolve, reject) => {
    xvfb.stdio[3].once('data', (chunk) => resolve(String(chunk).trim()));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr}`)));
  });
  return { display: `:${number}`, close: () => stop(xvfb) };
}

/** MiniBrowser's own word for its version ("WebKitGTK 2.50.6"); it needs a display even for that. */
export async function webkitVersion(display) {
  const { stdout } = await promisify(execFile)(MINIBROWSER, ['--version'], { env: { ...process.env, DISPLAY: display } });
  return stdout.trim();
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill();
  await once(child, 'exit');
}

async function freePort() {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts WebKitWebDriver and one MiniBrowser session on `display`, with
 * MiniBrowser's `args` (WebKitSettings such as `--enable-javascript=false`).
 * Each session is its own browser process: a fresh profile, nothing shared.
 */
export async function startSession(display, args = []) {
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  driver.stderr.on('data', (chunk) => (stderr += chunk));
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let tries = 0; ; tries++) {
      const ready = await fetch(`${base}/status`).then((r) => r.ok, () => false);
      if (ready) break;
      if (tries > 100 || driver.exitCode !== null) throw new Error(`WebKitWebDriver did not start: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { sessionId } = await command(base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...args] },
        },
      },
    });
    return new Session(`${base}/session/${sessionId}`, driver);
  } catch (error) {
    await stop(driver);
    throw error;
  }
}

async function command(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const { value } = await response.json();
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
  return value;
}

/** One session: the commands the tests use, named as in the W3C spec. */
class Session {
  constructor(base, driver) {
    this.base = base;
    this.driver = driver;
  }

  send(method, path, body) {
    return command(this.base, method, path, body);
  }

  navigateTo(url) {
    return this.send('POST', '/url', { url });
  }

  currentUrl() {
    return this.send('GET', '/url');
  }

  refresh() {
    return this.send('POST', '/refresh', {});
  }

  /** `using` is "css selector" or "xpath"; the element's id, or null if none. */
  async findElement(using, value) {
    const [found] = await this.send('POST', '/elements', { using, value });
    return found?.[ELEMENT] ?? null;
  }

  elementClick(id) {
    return this.send('POST', `/element/${id}/click`, {});
  }

  elementSendKeys(id, text) {
    return this.send('POST', `/element/${id}/value`, { text });
  }

  executeScript(script, args = []) {
    return this.send('POST', '/execute/sync', { script, args });
  }

  /** The viewport as a PNG, base64-encoded. */
  takeScreenshot() {
    return this.send('GET', '/screenshot');
  }

  setWindowRect(width, height) {
    return this.send('POST', '/window/rect', { width, height });
  }

  async close() {
    try {
      await this.send('DELETE', '');
    } finally {
      await stop(this.driver);
    }
  }
}
