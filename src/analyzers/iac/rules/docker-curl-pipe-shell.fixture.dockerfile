FROM debian:12.8-slim
# ruleid: iac/docker-curl-pipe-shell
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
# ok: iac/docker-curl-pipe-shell
RUN apt-get update && \
    # ruleid: iac/docker-curl-pipe-shell
    wget -qO- https://get.example.com/install.sh | sudo sh
# ok: iac/docker-curl-pipe-shell
RUN curl -fsSLo install.sh https://get.example.com/install.sh \
    && echo "2f1e0cba7c2a0d1b3e6f5f5e7a8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c  install.sh" | sha256sum -c - \
    && sh install.sh
# ruleid: iac/docker-curl-pipe-shell
RUN curl -fsSL https://rpm.nodesource.com/setup_20.x | sudo -E bash -
# ok: iac/docker-curl-pipe-shell
RUN curl -fsSL https://api.example.com/health | grep ok
USER 10001
