'use strict';

const { execFile } = require('child_process');

function speakWindows(text, done) {
  const script = `Add-Type -AssemblyName System.Speech; (New-Object System.Speech.Synthesis.SpeechSynthesizer).Speak($args[0])`;
  // ok: js/command-injection
  execFile('powershell.exe', ['-NoProfile', '-Command', script, '--', text], (err) => done(err || null));
}

module.exports = { speakWindows };
