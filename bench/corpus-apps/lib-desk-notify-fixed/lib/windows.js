'use strict';

const { execFile } = require('child_process');

// PowerShell single-quoted strings are literal; the only escape is a doubled quote.
function psLiteral(value) {
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** Windows 10+ toast through the WinRT API, run by powershell.exe -EncodedCommand. */
function notifyWindows(opts, callback) {
  const script = [
    '[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] | Out-Null',
    '$template = [Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent([Windows.UI.Notifications.ToastTemplateType]::ToastText02)',
    '$texts = $template.GetElementsByTagName("text")',
    `$texts.Item(0).AppendChild($template.CreateTextNode(${psLiteral(opts.title)})) | Out-Null`,
    `$texts.Item(1).AppendChild($template.CreateTextNode(${psLiteral(opts.message)})) | Out-Null`,
    '$toast = [Windows.UI.Notifications.ToastNotification]::new($template)',
    `[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier(${psLiteral(opts.appName)}).Show($toast)`,
  ].join('\n');
  const encoded = Buffer.from(script, 'utf16le').toString('base64');
  // safe: CWE-78
  execFile('powershell.exe', ['-NoProfile', '-NonInteractive', '-EncodedCommand', encoded], { timeout: 10000, windowsHide: true }, (err) =>
    callback(err || null),
  );
}

module.exports = { notifyWindows };
