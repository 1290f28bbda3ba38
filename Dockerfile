# A static ledger binary on a distroless base, run as a non-root user.
#   docker build -t controls-ledger .
#   docker run -p 8080:8080 -v ledger-data:/data controls-ledger serve --demo
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/ledger ./cmd/ledger

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/ledger /usr/local/bin/ledger
ENV LEDGER_ADDR=:8080 LEDGER_DATA=/data
VOLUME /data
EXPOSE 8080
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/ledger"]
CMD ["serve"]
