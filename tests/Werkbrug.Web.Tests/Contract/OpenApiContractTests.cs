namespace Werkbrug.Web.Tests.Contract;

/// <summary>The check the contract walks rely on, on a small document that uses what an OpenAPI 3.1 document may use.</summary>
public sealed class OpenApiContractTests
{
    private const string Operation = "GET /things/{id}";

    private static readonly OpenApiContract Contract = OpenApiContract.Parse("""
        {
          "openapi": "3.1.1",
          "paths": {
            "/things/{id}": {
              "get": {
                "parameters": [{ "$ref": "#/components/parameters/Id" }],
                "responses": {
                  "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
                  "404": { "$ref": "#/components/responses/Problem" }
                }
              },
              "put": {
                "requestBody": { "$ref": "#/components/requestBodies/Owner" },
                "responses": { "204": { "description": "No Content" } }
              }
            }
          },
          "components": {
            "parameters": { "Id": { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } },
            "requestBodies": { "Owner": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Owner" } } } } },
            "responses": { "Problem": { "description": "Problem", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } } },
            "schemas": {
              "Thing": {
                "type": "object", "required": ["id", "tags", "owner", "count"], "discriminator": { "propertyName": "id" },
                "properties": {
                  "id": { "type": "string", "format": "uuid" },
                  "tags": { "type": "array", "items": { "type": "string" } },
                  "owner": { "oneOf": [{ "type": "null" }, { "$ref": "#/components/schemas/Owner" }] },
                  "count": { "type": "integer", "format": "int32" }
                }
              },
              "Owner": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" } } },
              "Problem": { "type": "object", "required": ["status", "code"], "properties": { "status": { "type": "integer" }, "code": { "type": "string" } } }
            }
          }
        }
        """);

    [Fact]
    public void lists_the_operations_with_their_referenced_parameters() =>
        Assert.Equal([("id", "path")], Assert.Single(Contract.Operations, o => o.Key == Operation).Parameters);

    [Fact]
    public void accepts_a_body_as_documented_whichever_branch_of_a_one_of_it_takes()
    {
        Assert.Empty(Contract.Check(Operation, 200, "application/json", $$"""{"id":"{{Guid.NewGuid()}}","tags":["a"],"owner":null,"count":3}"""));
        Assert.Empty(Contract.Check(Operation, 200, "application/json", $$"""{"id":"{{Guid.NewGuid()}}","tags":[],"owner":{"name":"Sanne"},"count":0}"""));
    }

    [Fact]
    public void reports_each_schema_violation_once_with_where_it_is_in_the_body_and_the_document_and_both_branches_of_a_failed_one_of()
    {
        var differences = Contract.Check(Operation, 200, "application/json", """{"id":"geen-id","tags":[1,"b",2],"owner":{},"count":1}""");

        Assert.Equal(4, differences.Count);
        Assert.Contains(differences, d => d.StartsWith("body/id: ", StringComparison.Ordinal) && d.Contains("uuid", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.StartsWith("body/tags/*: ", StringComparison.Ordinal) && d.Contains("#/components/schemas/Thing/properties/tags/items", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.StartsWith("body/owner: ", StringComparison.Ordinal) && d.Contains("#/components/schemas/Thing/properties/owner/oneOf/0", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.StartsWith("body/owner: ", StringComparison.Ordinal) && d.Contains("[\"name\"]", StringComparison.Ordinal));
    }

    [Fact]
    public void follows_a_response_kept_under_components()
    {
        Assert.Empty(Contract.Check(Operation, 404, "application/problem+json", """{"status":404,"code":"Thing.NotFound"}"""));
        Assert.Contains("[\"code\"]", Assert.Single(Contract.Check(Operation, 404, "application/problem+json", """{"status":404}""")), StringComparison.Ordinal);
    }

    [Fact]
    public void reports_an_undocumented_status_or_content_type_and_a_body_that_is_not_json()
    {
        Assert.Equal("status 418 is not documented (documented: 200, 404)", Assert.Single(Contract.Check(Operation, 418, "application/json", "{}")));
        Assert.Equal("content type text/html for status 200, documented: application/json", Assert.Single(Contract.Check(Operation, 200, "text/html", "<p>")));
        Assert.StartsWith("the application/json body is not JSON", Assert.Single(Contract.Check(Operation, 200, "application/json", "{")), StringComparison.Ordinal);
    }

    [Fact]
    public void checks_a_request_body_against_the_documented_one_and_an_empty_answer_where_none_is_documented()
    {
        Assert.Empty(Contract.CheckRequest("PUT /things/{id}", "application/json", """{"name":"Sanne"}"""));
        Assert.Contains("[\"name\"]", Assert.Single(Contract.CheckRequest("PUT /things/{id}", "application/json", "{}")), StringComparison.Ordinal);
        Assert.Equal("the request has a body, but the document describes none", Assert.Single(Contract.CheckRequest(Operation, "application/json", "{}")));
        Assert.Empty(Contract.Check("PUT /things/{id}", 204, null, string.Empty));
        Assert.Equal("status 204 documents no body, but it has one (application/json)", Assert.Single(Contract.Check("PUT /things/{id}", 204, "application/json", "{}")));
    }
}
