// GraphiQL, self-hosted (filled in by the GraphiQL page's own module).
document.getElementById("graphiql")!.textContent = "GraphiQL";
