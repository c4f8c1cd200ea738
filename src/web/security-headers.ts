// Security headers on every response: a strict CSP (no inline script or style),
// no framing by default, no referrer leaking the walk's answers to other sites.
import { secureHeaders } from 'hono/secure-headers';

/** `tls`: served over HTTPS, so browsers may be told to use nothing else (HSTS). */
export function securityHeaders({ tls }: { tls: boolean }) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'same-origin',
    xFrameOptions: 'DENY',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    // Only over TLS: on plain http it would be meaningless (and wrong in development).
    strictTransportSecurity: tls ? 'max-age=31536000; includeSubDomains' : false,
    permissionsPolicy: {
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
      fullscreen: [],
      displayCapture: [],
    },
  });
}
