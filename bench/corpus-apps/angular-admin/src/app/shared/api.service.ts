import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable } from 'rxjs';

export interface Announcement {
  id: number;
  title: string;
  bodyHtml: string;
  author: string;
}

export interface UserProfile {
  id: number;
  name: string;
  bio: string;
  website: string;
}

@Injectable({ providedIn: 'root' })
export class ApiService {
  constructor(private readonly http: HttpClient) {}

  announcements(): Observable<Announcement[]> {
    return this.http.get<Announcement[]>('/api/announcements');
  }

  profile(id: number): Observable<UserProfile> {
    return this.http.get<UserProfile>(`/api/users/${id}`);
  }

  login(email: string, password: string): Observable<{ token: string }> {
    return this.http.post<{ token: string }>('/api/login', { email, password });
  }
}
