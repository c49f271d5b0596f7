/**
 * Registers the service worker (production builds only) and tells the reader when a new version
 * of the site is ready, with a button that switches to it.
 */
// Strings come from the notice's HTML: importing the site-wide string table would add 3 KB gzip
// to every page, the chat exercise's budget included.
/** Set when the reader accepts the update: the next controller change reloads the page once. */
let accepted = false;

function offerUpdate(waiting: ServiceWorker): void {
  const notice = document.getElementById('update-notice');
  const button = notice?.querySelector('button');
  if (!notice || !button) return;
  notice.hidden = false;
  button.addEventListener(
    'click',
    () => {
      button.disabled = true;
      button.textContent = notice.dataset.reloading ?? button.textContent;
      accepted = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
    { once: true },
  );
}

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register('/sw.js');
  // The first install also changes the controller (clientsClaim); only an accepted update reloads.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!accepted) return;
    accepted = false;
    window.location.reload();
  });
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
    });
  });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  register().catch(() => {
    // Offline use is a bonus: the site works without the worker.
  });
}
