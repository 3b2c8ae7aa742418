# Binome as a container image: build the jar first (mvn -B package -DskipTests), then
#   docker build -t binome .
#   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/binome \
#              -e SPRING_DATASOURCE_USERNAME=binome -e SPRING_DATASOURCE_PASSWORD=... binome
# (not built in CI: the build machines have no container engine). The same image runs every node.
# Java 25: Binome is built for Java 17 and runs on any later release; on 25 its nodes spend less CPU per request
# (README, "Running in production").
FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /var/lib/binome --create-home binome
WORKDIR /var/lib/binome
COPY target/binome.jar /opt/binome/binome.jar
# The AOT cache (Java 25): the jar extracted to /opt/binome/app and trained once at build time on a throwaway
# in-memory database, so that each container starts in about half the time (deploy/aot-cache.sh, README).
COPY deploy/aot-cache.sh /opt/binome/aot-cache.sh
RUN sh /opt/binome/aot-cache.sh /opt/binome/binome.jar /opt/binome/app java
USER binome
EXPOSE 8080
# Kubernetes: livenessProbe /actuator/health/liveness, readinessProbe /actuator/health/readiness;
# terminationGracePeriodSeconds above 30 (graceful shutdown).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s \
  CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-XX:AOTCache=/opt/binome/app/binome.aot", "-jar", "/opt/binome/app/binome.jar"]
