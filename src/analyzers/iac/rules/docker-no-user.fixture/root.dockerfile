FROM python:3.12.7-slim
RUN useradd -r app
USER app
RUN pip install flask
# ruleid: iac/docker-no-user
USER root
CMD ["python", "app.py"]
