// The API docs page (/docs): Swagger UI from its WebJar over this server's /openapi.json. Nothing is fetched from
// elsewhere (no validator badge), so it works offline; "Try it out" calls this same server.
window.addEventListener('DOMContentLoaded', () => {
  window.SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#docs',
    deepLinking: true,
    validatorUrl: null,
    displayOperationId: true,
    tryItOutEnabled: false,
  });
});
