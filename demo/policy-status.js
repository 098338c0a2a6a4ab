// Shows, on the CSP and Trusted Types demo pages, whether the browser has blocked anything.
// A classic script, first in <head>, so it hears every violation from the start; the page's
// policy allows it (script-src 'self'), and it writes only text (no HTML), as Trusted Types ask.
(() => {
  const violations = (window.cytokineDemoViolations = []);
  const show = () => {
    const status = document.getElementById('policy-status');
    if (!status) return;
    status.textContent = violations.length
      ? `The browser blocked ${violations.length} thing(s): ${violations.map((v) => v.directive).join(', ')}.`
      : 'The browser has blocked nothing on this page so far.';
    status.classList.toggle('policy-violated', violations.length > 0);
  };
  document.addEventListener('securitypolicyviolation', (e) => {
    violations.push({ directive: e.violatedDirective, sample: e.sample, blocked: e.blockedURI });
    show();
  });
  document.addEventListener('DOMContentLoaded', show);
})();
