import { Component, ElementRef, OnInit, ViewChild } from '@angular/core';
import { CommonModule } from '@angular/common';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { ApiService, UserProfile } from '../shared/api.service';

@Component({
  selector: 'app-user-profile',
  standalone: true,
  imports: [CommonModule],
  templateUrl: './user-profile.component.html',
})
export class UserProfileComponent implements OnInit {
  @ViewChild('bioPreview', { static: true }) bioPreview!: ElementRef<HTMLDivElement>;
  profile?: UserProfile;
  welcome?: SafeHtml;
  notice = '';

  constructor(
    private readonly route: ActivatedRoute,
    private readonly api: ApiService,
    private readonly sanitizer: DomSanitizer,
  ) {}

  ngOnInit(): void {
    this.route.queryParamMap.subscribe((params) => {
      const message = params.get('welcome');
      if (message) {
        // vuln: CWE-79
        this.welcome = this.sanitizer.bypassSecurityTrustHtml(`<p class="welcome">${message}</p>`);
      }
      this.notice = params.get('notice') ?? '';
    });
    const id = Number(this.route.snapshot.paramMap.get('id'));
    this.api.profile(id).subscribe((p) => {
      this.profile = p;
      // vuln: CWE-79
      this.bioPreview.nativeElement.innerHTML = p.bio;
    });
  }
}
