import { Component } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

const EMBED_HOSTS = ['www.youtube-nocookie.com', 'player.vimeo.com'];

@Component({
  selector: 'app-embed',
  standalone: true,
  templateUrl: './embed.component.html',
})
export class EmbedComponent {
  videoUrl?: SafeResourceUrl;
  reportUrl?: SafeResourceUrl;

  constructor(route: ActivatedRoute, sanitizer: DomSanitizer) {
    const src = route.snapshot.queryParamMap.get('src') ?? '';
    try {
      const url = new URL(src);
      if (url.protocol === 'https:' && EMBED_HOSTS.includes(url.hostname)) {
        // safe: CWE-79
        this.videoUrl = sanitizer.bypassSecurityTrustResourceUrl(url.href);
      }
    } catch {
      this.videoUrl = undefined;
    }
    const report = route.snapshot.queryParamMap.get('report');
    if (report) {
      // vuln: CWE-79
      this.reportUrl = sanitizer.bypassSecurityTrustResourceUrl(report);
    }
  }
}
