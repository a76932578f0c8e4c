// Runs before any of the page's own scripts, in every frame. It records what
// only injected script or markup would do, so the test can read it back from
// window.__hostileSeen; the page's own scripts use none of these.
(() => {
  const seen = [];
  const note = (what) => seen.push(String(what).slice(0, 200));
  Object.defineProperty(window, "__hostileSeen", { value: seen });
  document.addEventListener("securitypolicyviolation", (event) => {
    note(`CSP blocked ${event.violatedDirective}: ${event.blockedURI || "inline"} (${event.sample || ""})`);
  }, true);
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    window[name] = (...args) => note(`${name}(${args.join(", ")})`);
  }
  // The test reads its findings through eval too; its own code carries this mark.
  const realEval = window.eval;
  window.eval = (source) => {
    if (!String(source).includes("/* hostile-content test */")) note(`eval(${source})`);
    return realEval(source);
  };
  window.Function = new Proxy(window.Function, {
    apply: (_target, _self, args) => { note(`Function(${args.join(", ")})`); return () => {}; },
    construct: (_target, args) => { note(`new Function(${args.join(", ")})`); return () => {}; },
  });
  for (const name of ["setTimeout", "setInterval"]) {
    const real = window[name];
    window[name] = function (handler, ...rest) {
      if (typeof handler === "string") { note(`${name}("${handler}")`); return 0; }
      return real.call(this, handler, ...rest);
    };
  }
  Object.defineProperty(window, "__hostile", { set: (value) => note(`__hostile = ${value}`), get: () => undefined });
})();
