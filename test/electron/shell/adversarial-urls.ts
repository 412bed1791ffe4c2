/**
 * URLs an attacker (a link or script injected into a note, a compromised dependency) might try to
 * navigate to, load or call from. None of them is the bundle.
 */
export const foreignUrls = [
  // the rest of the disk
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'file://server/share/chart.pdf',
  // the loopback (the preview server, a debugger, a local proxy) and the internet
  'http://127.0.0.1:5173/index.html',
  'http://localhost/index.html',
  'http://[::1]/index.html',
  'ws://127.0.0.1:9229/',
  'https://evil.example/index.html',
  'https://chartroom.example/index.html',
  // script and inline documents
  'javascript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'chrome://settings/',
  'devtools://devtools/bundled/inspector.html',
  // app:// lookalikes
  'app://chartroom.evil.example/index.html',
  'app://evil/index.html',
  'app://chartroom@evil/index.html',
  'app://evil@chartroom/index.html',
  'app://user:pass@chartroom/index.html',
  'app://chartroom:8080/index.html',
  'apps://chartroom/index.html',
  'app:chartroom/index.html',
  'app:///chartroom/index.html',
  'chartroom://app/index.html',
  'blob:https://evil.example/7d0c1c2e-0000-4000-8000-000000000000',
  // traversal the URL parser does not normalise away
  'app://chartroom/..%2f..%2fetc/passwd',
  'app://chartroom/assets/..%5c..%5cmain%5cindex.cjs',
  'app://chartroom/index.html%00.js',
  'app://chartroom/%E0%A4%A',
  // not a URL at all
  'app://chartroom\\..\\..\\etc\\passwd',
  '',
  'index.html',
];
