import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

const VIDEO_IDS: Record<string, string> = {
  intro: 'dQw4w9WgXcQ',
  tour: 'M7lc1UVf-VE',
};

@Component({
  selector: 'app-about',
  template: `<iframe *ngIf="videoUrl" width="560" height="315" [src]="videoUrl"></iframe>
             <a [href]="partnerLink">Our partner</a>`,
})
export class AboutComponent implements OnInit {
  public videoUrl?: SafeResourceUrl;
  public partnerLink?: any;

  constructor(private readonly route: ActivatedRoute, private readonly sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    const video = VIDEO_IDS[this.route.snapshot.queryParams.video] ?? VIDEO_IDS.intro;
    // safe: CWE-79
    this.videoUrl = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${video}`);
    const partner = this.route.snapshot.queryParamMap.get('partner') ?? '';
    // vuln: CWE-79
    this.partnerLink = this.sanitizer.bypassSecurityTrustUrl(partner);
  }
}
