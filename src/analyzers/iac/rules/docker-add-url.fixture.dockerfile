FROM alpine:3.20.3
# ruleid: iac/docker-add-url
ADD https://github.com/example/tool/releases/download/v1.2.0/tool.tar.gz /opt/
# ok: iac/docker-add-url
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/
# ok: iac/docker-add-url
ADD vendor/tool.tar.gz /opt/
# ok: iac/docker-add-url
ADD --chown=10001:10001 \
    # ruleid: iac/docker-add-url
    https://example.com/agent/agent-2.4.1.tgz /opt/agent/
USER 10001
