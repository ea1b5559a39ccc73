import { Component, OnInit, Renderer2, ElementRef } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import { HttpClient } from '@angular/common/http';
import DOMPurify from 'dompurify';

interface Post { id: number; title: string; bodyHtml: string }

const PLAYER_HOSTS = ['www.youtube-nocookie.com', 'player.vimeo.com'];

@Component({ selector: 'app-post', template: '<div [innerHTML]="body"></div><iframe [src]="player"></iframe>' })
export class PostComponent implements OnInit {
  body?: SafeHtml;
  intro?: SafeHtml;
  player?: SafeResourceUrl;
  link?: SafeUrl;
  posts: { title: string; html: SafeHtml }[] = [];

  constructor(private readonly route: ActivatedRoute, private readonly sanitizer: DomSanitizer, private readonly http: HttpClient) {}

  ngOnInit(): void {
    this.route.queryParamMap.subscribe((params) => {
      const note = params.get('note') ?? '';
      // ruleid: js/angular-trust-bypass
      this.body = this.sanitizer.bypassSecurityTrustHtml(`<p class="note">${note}</p>`);
      // ok: js/angular-trust-bypass
      this.intro = this.sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(note));
    });
    const video = this.route.snapshot.queryParamMap.get('video') ?? '';
    // ruleid: js/angular-trust-bypass
    this.player = this.sanitizer.bypassSecurityTrustResourceUrl(video);
    // ok: js/angular-trust-bypass
    this.player = this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube-nocookie.com/embed/' + encodeURIComponent(video));
    const back = this.route.snapshot.queryParams['back'];
    // ruleid: js/angular-trust-bypass
    this.link = this.sanitizer.bypassSecurityTrustUrl(back);
    // ok: js/angular-trust-bypass
    this.link = this.sanitizer.bypassSecurityTrustUrl('/posts/' + back);
    this.http.get<Post[]>('/api/posts').subscribe((list) => {
      // ruleid: js/angular-trust-bypass
      this.posts = list.map((p) => ({ title: p.title, html: this.sanitizer.bypassSecurityTrustHtml(p.bodyHtml) }));
      // ok: js/angular-trust-bypass
      this.posts = list.map((p) => ({ title: p.title, html: this.sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(p.bodyHtml)) }));
    });
    // ok: js/angular-trust-bypass
    this.intro = this.sanitizer.bypassSecurityTrustHtml('<strong>Welcome</strong>');
  }
}

@Component({ selector: 'app-embed', template: '<iframe [src]="url"></iframe>' })
export class EmbedComponent {
  url?: SafeResourceUrl;

  constructor(route: ActivatedRoute, sanitizer: DomSanitizer, renderer: Renderer2, host: ElementRef<HTMLElement>) {
    const src = route.snapshot.queryParamMap.get('src') ?? '';
    const parsed = new URL(src);
    if (parsed.protocol === 'https:' && PLAYER_HOSTS.includes(parsed.hostname)) {
      // ok: js/angular-trust-bypass
      this.url = sanitizer.bypassSecurityTrustResourceUrl(parsed.href);
    }
    // ruleid: js/angular-trust-bypass
    this.url = sanitizer.bypassSecurityTrustResourceUrl(route.snapshot.fragment ?? '');
    // ok: js/angular-trust-bypass
    renderer.setProperty(host.nativeElement, 'textContent', src);
  }
}
