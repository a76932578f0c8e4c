// Looks through a parsed page (the open one, or one fetched and parsed) for markup that only an injection would put
// there, and returns one line per finding (an empty list when all is well).
(parsed) => {
  const doc = parsed || document;
  const found = [];
  const where = (el) => `<${el.tagName.toLowerCase()}> in ${(el.closest("[id], [class]") || doc.body).outerHTML.slice(0, 120)}`;
  const URL_ATTRS = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data", "background", "ping", "srcdoc"];
  const BAD_SCHEME = /^(javascript|data|vbscript):/;
  // Browsers ignore whitespace and control characters inside a scheme, so compare without them.
  const scheme = (value) => value.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, "").toLowerCase();

  for (const el of doc.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) found.push(`${name} attribute on ${where(el)}`);
      if (URL_ATTRS.includes(name) && BAD_SCHEME.test(scheme(attr.value))) found.push(`${name}="${attr.value.slice(0, 60)}" on ${where(el)}`);
    }
  }
  // Anywhere in the page: only the site's own scripts, styles and forms.
  for (const el of doc.querySelectorAll("script")) {
    if (!(el.getAttribute("src") || "").startsWith("/static/")) found.push(`script not from /static/: ${el.outerHTML.slice(0, 120)}`);
  }
  for (const el of doc.querySelectorAll("link")) {
    if (!(el.getAttribute("href") || "").startsWith("/static/")) found.push(`link not from /static/: ${el.outerHTML.slice(0, 120)}`);
  }
  for (const el of doc.querySelectorAll("form")) {
    const action = el.getAttribute("action") || "";
    if (action.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(action)) found.push(`form posting elsewhere: ${action}`);
  }
  for (const el of doc.querySelectorAll("iframe, frame, object, embed, base, meta[http-equiv], style, svg, math")) {
    found.push(`${where(el)} anywhere in the page`);
  }
  // Inside what people wrote: the allow-list's plain elements only, and no styling.
  const USER_CONTENT = ".post-body, .group-description, .excerpt, .thread-title-revealed, .thread-list, .results, .notifications, .cases, .author, h1, .flags";
  const FORBIDDEN = "script, iframe, object, embed, form, meta, base, style, link, svg, math, img, image, video, audio, source, picture, input, button, textarea, select, template, noscript, marquee, details, [style], [id], [class]:not(.masked-number):not(.warning-label):not(.warning-labels):not(.visually-hidden)";
  for (const container of doc.querySelectorAll(".post-body, .group-description, .excerpt, .thread-title-revealed")) {
    for (const el of container.querySelectorAll(FORBIDDEN)) found.push(`${el.outerHTML.slice(0, 120)} inside user content`);
  }
  for (const container of doc.querySelectorAll(USER_CONTENT)) {
    for (const el of container.querySelectorAll("script, iframe, object, embed, meta, base, style, link, svg, math, img, video, audio, textarea")) {
      found.push(`${el.outerHTML.slice(0, 120)} inside a list of user content`);
    }
  }
  // Bidi overrides and isolates can reorder the page around what someone wrote;
  // the Markdown renderer takes them out of posts, descriptions and excerpts.
  const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
  for (const container of doc.querySelectorAll(".post-body, .group-description, .excerpt")) {
    if (BIDI.test(container.textContent)) found.push(`bidi control inside ${container.outerHTML.slice(0, 120)}`);
  }
  return found;
}
