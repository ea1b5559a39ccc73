import { Component, OnInit } from '@angular/core';
import { CommonModule } from '@angular/common';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { Announcement, ApiService } from '../shared/api.service';

interface ShownAnnouncement extends Announcement {
  trusted: SafeHtml;
}

@Component({
  selector: 'app-announcement',
  standalone: true,
  imports: [CommonModule],
  templateUrl: './announcement.component.html',
})
export class AnnouncementComponent implements OnInit {
  items: ShownAnnouncement[] = [];
  plain: Announcement[] = [];

  constructor(private readonly api: ApiService, private readonly sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    // Announcements are written by any team lead in the rich-text editor.
    this.api.announcements().subscribe((list) => {
      this.plain = list;
      // vuln: CWE-79
      this.items = list.map((a) => ({ ...a, trusted: this.sanitizer.bypassSecurityTrustHtml(a.bodyHtml) }));
    });
  }
}
