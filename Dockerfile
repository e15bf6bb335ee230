# Build stage: the Maven wrapper fetches everything from Maven Central.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY prompts prompts
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/quarkus-app/ /app/
COPY prompts /app/prompts
COPY scripts/jvm.options /app/jvm.options
EXPOSE 8080
USER 1001
CMD ["java", "@/app/jvm.options", "-jar", "/app/quarkus-run.jar"]
