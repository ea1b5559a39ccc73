export interface NotifyOptions {
  title?: string;
  message?: string;
  subtitle?: string;
  icon?: string;
  urgency?: 'low' | 'normal' | 'critical';
  sound?: string;
  timeout?: number;
  appName?: string;
}

export function notify(options: string | NotifyOptions): Promise<void>;
export function notify(options: string | NotifyOptions, callback: (err: Error | null) => void): void;
export function isSupported(): Promise<boolean>;
export default notify;
