/** The API key Studio sends, entered once and kept in this browser's localStorage. */

const STORAGE_KEY = "dakora.apiKey";

type Listener = () => void;
const listeners = new Set<Listener>();

export function getApiKey(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setApiKey(key: string | null): void {
  const trimmed = key?.trim();
  if (trimmed) {
    localStorage.setItem(STORAGE_KEY, trimmed);
  } else {
    localStorage.removeItem(STORAGE_KEY);
  }
  listeners.forEach((listener) => listener());
}

let keyRequested = false;

/** Asks the app to prompt for a key (after a 401); the prompt clears this when it closes. */
export function requestApiKey(): void {
  keyRequested = true;
  listeners.forEach((listener) => listener());
}

export function isApiKeyRequested(): boolean {
  return keyRequested;
}

export function clearApiKeyRequest(): void {
  keyRequested = false;
  listeners.forEach((listener) => listener());
}

export function subscribeApiKey(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
