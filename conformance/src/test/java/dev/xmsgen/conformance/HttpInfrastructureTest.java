package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import conformance.httpinfrastructure.AutoRestHttpInfrastructureTestServiceClient;
import conformance.httpinfrastructure.HttpClientFailureClient;
import conformance.httpinfrastructure.HttpRedirectsClient;
import conformance.httpinfrastructure.HttpRetryClient;
import conformance.httpinfrastructure.HttpServerFailureClient;
import conformance.httpinfrastructure.HttpSuccessClient;
import conformance.httpinfrastructure.MultipleResponsesClient;
import conformance.httpinfrastructure.models.A;
import conformance.httpinfrastructure.models.D;
import conformance.httpinfrastructure.models.ErrorModel;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.Response;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * httpInfrastructure.json: every success, redirect, client and server failure status on every
 * method, retries, and operations that declare several responses.
 */
class HttpInfrastructureTest {
  private static final AutoRestHttpInfrastructureTestServiceClient CLIENT =
      AutoRestHttpInfrastructureTestServiceClient.builder()
          .endpoint(TestServer.endpoint())
          .configure(TestServer::fast)
          .build();

  private static int status(Supplier<Response<?>> call) {
    return call.get().statusCode();
  }

  /** The call fails with an {@link ApiException} of that status. */
  private static ApiException fails(int status, Executable call) {
    ApiException e = assertThrows(ApiException.class, call);
    assertEquals(status, e.statusCode(), e.getMessage());
    return e;
  }

  @Nested
  class Success {
    private final HttpSuccessClient success = CLIENT.httpSuccess();

    @Test
    void status200OnEveryMethod() {
      assertEquals(200, status(success::head200WithResponse));
      assertEquals(true, success.get200());
      assertEquals(200, status(() -> success.put200WithResponse(true)));
      assertEquals(200, status(() -> success.patch200WithResponse(true)));
      assertEquals(200, status(() -> success.post200WithResponse(true)));
      assertEquals(200, status(() -> success.delete200WithResponse(true)));
    }

    @Test
    void status201And202() {
      assertEquals(201, status(() -> success.put201WithResponse(true)));
      assertEquals(201, status(() -> success.post201WithResponse(true)));
      assertEquals(202, status(() -> success.put202WithResponse(true)));
      assertEquals(202, status(() -> success.patch202WithResponse(true)));
      assertEquals(202, status(() -> success.post202WithResponse(true)));
      assertEquals(202, status(() -> success.delete202WithResponse(true)));
    }

    @Test
    void status204() {
      assertEquals(204, status(success::head204WithResponse));
      assertEquals(204, status(() -> success.put204WithResponse(true)));
      assertEquals(204, status(() -> success.patch204WithResponse(true)));
      assertEquals(204, status(() -> success.post204WithResponse(true)));
      assertEquals(204, status(() -> success.delete204WithResponse(true)));
    }
  }

  /** Redirects are not followed (one could carry a token elsewhere): the 3xx is the answer. */
  @Nested
  class Redirects {
    private final HttpRedirectsClient redirects = CLIENT.httpRedirects();

    private void redirected(int status, String location, Supplier<Response<?>> call) {
      Response<?> response = call.get();
      assertEquals(status, response.statusCode());
      assertEquals(location, response.header("Location").orElse(null));
    }

    @Test
    void multipleChoicesAndMovedPermanently() {
      redirected(300, "/http/success/head/200", redirects::head300WithResponse);
      Response<List<String>> choices = redirects.get300WithResponse();
      assertEquals(300, choices.statusCode());
      assertEquals(List.of("/http/success/get/200"), choices.value());
      redirected(301, "/http/success/head/200", redirects::head301WithResponse);
      redirected(301, "/http/success/get/200", redirects::get301WithResponse);
      redirected(301, "/http/failure/500", () -> redirects.put301WithResponse(true));
    }

    @Test
    void foundAndSeeOther() {
      redirected(302, "/http/success/head/200", redirects::head302WithResponse);
      redirected(302, "/http/success/get/200", redirects::get302WithResponse);
      redirected(302, "/http/failure/500", () -> redirects.patch302WithResponse(true));
      redirected(303, "/http/success/get/200", () -> redirects.post303WithResponse(true));
    }

    @Test
    void temporaryRedirectOnEveryMethod() {
      redirected(307, "/http/success/head/200", redirects::head307WithResponse);
      redirected(307, "/http/success/get/200", redirects::get307WithResponse);
      redirected(307, "/http/success/options/200", redirects::options307WithResponse);
      redirected(307, "/http/success/put/200", () -> redirects.put307WithResponse(true));
      redirected(307, "/http/success/patch/200", () -> redirects.patch307WithResponse(true));
      redirected(307, "/http/success/post/200", () -> redirects.post307WithResponse(true));
      redirected(307, "/http/success/delete/200", () -> redirects.delete307WithResponse(true));
    }
  }

  @Nested
  class ClientFailures {
    private final HttpClientFailureClient failure = CLIENT.httpClientFailure();

    @Test
    void badRequestOnEveryMethod() {
      fails(400, failure::head400);
      fails(400, failure::get400);
      fails(400, failure::options400);
      fails(400, () -> failure.put400(true));
      fails(400, () -> failure.patch400(true));
      fails(400, () -> failure.post400(true));
      fails(400, () -> failure.delete400(true));
    }

    @Test
    void otherClientErrors() {
      fails(401, failure::head401);
      fails(402, failure::get402);
      fails(403, failure::options403);
      fails(403, failure::get403);
      fails(404, () -> failure.put404(true));
      fails(405, () -> failure.patch405(true));
      fails(406, () -> failure.post406(true));
      fails(407, () -> failure.delete407(true));
      fails(409, () -> failure.put409(true));
      fails(410, failure::head410);
      fails(411, failure::get411);
      fails(412, failure::options412);
      fails(412, failure::get412);
      fails(413, () -> failure.put413(true));
      fails(414, () -> failure.patch414(true));
      fails(415, () -> failure.post415(true));
      fails(416, failure::get416);
      fails(417, () -> failure.delete417(true));
    }

    @Test
    void tooManyRequestsIsRetriedUntilTheRetriesRunOut() {
      fails(429, failure::head429);
    }
  }

  @Nested
  class ServerFailures {
    private final HttpServerFailureClient failure = CLIENT.httpServerFailure();

    @Test
    void notImplementedAndVersionNotSupported() {
      fails(501, failure::head501);
      fails(501, failure::get501);
      fails(505, () -> failure.post505(true));
      fails(505, () -> failure.delete505(true));
    }
  }

  /** The server fails the first request and answers 200 to the retry. */
  @Nested
  class Retries {
    private final HttpRetryClient retry = CLIENT.httpRetry();

    @Test
    void transientStatusesAreRetried() {
      assertEquals(200, status(retry::head408WithResponse));
      assertEquals(200, status(() -> retry.put500WithResponse(true)));
      assertEquals(200, status(() -> retry.patch500WithResponse(true)));
      assertEquals(200, status(retry::get502WithResponse));
      assertEquals(200, status(retry::options502WithResponse));
      assertEquals(200, status(() -> retry.post503WithResponse(true)));
      assertEquals(200, status(() -> retry.delete503WithResponse(true)));
      assertEquals(200, status(() -> retry.put504WithResponse(true)));
      assertEquals(200, status(() -> retry.patch504WithResponse(true)));
    }
  }

  @Nested
  class ErrorBodies {
    @Test
    void errorsWithAndWithoutAModel() {
      ApiException empty = fails(400, () -> CLIENT.httpFailure().getEmptyError());
      assertEquals("", empty.error(ErrorModel.class).orElseThrow().getMessage());
      ApiException noModel = fails(400, () -> CLIENT.httpFailure().getNoModelError());
      assertEquals("NoErrorModel", noModel.errorMessage());
      assertNull(noModel.error());
      ApiException noBody = fails(400, () -> CLIENT.httpFailure().getNoModelEmpty());
      assertEquals("", noBody.body());
    }
  }

  @Nested
  class MultipleResponses {
    private final MultipleResponsesClient multiple = CLIENT.multipleResponses();

    private void clientError(Executable call) {
      ApiException e = fails(400, call);
      assertEquals("client error", e.error(ErrorModel.class).orElseThrow().getMessage());
    }

    @Test
    void modelOr204() {
      assertEquals("200", multiple.get200Model204NoModelDefaultError200Valid().getStatusCode());
      Response<A> noContent = multiple.get200Model204NoModelDefaultError204ValidWithResponse();
      assertEquals(204, noContent.statusCode());
      assertNull(noContent.value());
      fails(201, multiple::get200Model204NoModelDefaultError201Invalid);
      fails(202, multiple::get200Model204NoModelDefaultError202None);
      clientError(multiple::get200Model204NoModelDefaultError400Valid);
    }

    @Test
    void modelOrAnotherModel() {
      assertEquals("200", multiple.get200Model201ModelDefaultError200Valid().getStatusCode());
      // Every success body is read as the first success response's model.
      Response<A> created = multiple.get200Model201ModelDefaultError201ValidWithResponse();
      assertEquals(201, created.statusCode());
      assertEquals("201", created.value().getStatusCode());
      clientError(multiple::get200Model201ModelDefaultError400Valid);
    }

    @Test
    void modelsForSuccessAndForA404() {
      assertEquals(
          "200", multiple.get200ModelA201ModelC404ModelDDefaultError200Valid().getStatusCode());
      assertEquals(
          201,
          multiple.get200ModelA201ModelC404ModelDDefaultError201ValidWithResponse().statusCode());
      ApiException notFound =
          fails(404, multiple::get200ModelA201ModelC404ModelDDefaultError404Valid);
      assertEquals("404", notFound.error(D.class).orElseThrow().getHttpStatusCode());
      clientError(multiple::get200ModelA201ModelC404ModelDDefaultError400Valid);
    }

    @Test
    void noBodies() {
      assertEquals(202, status(multiple::get202None204NoneDefaultError202NoneWithResponse));
      assertEquals(204, status(multiple::get202None204NoneDefaultError204NoneWithResponse));
      clientError(multiple::get202None204NoneDefaultError400Valid);
      assertEquals(202, status(multiple::get202None204NoneDefaultNone202InvalidWithResponse));
      assertEquals(204, status(multiple::get202None204NoneDefaultNone204NoneWithResponse));
      fails(400, multiple::get202None204NoneDefaultNone400None);
      ApiException invalid = fails(400, multiple::get202None204NoneDefaultNone400Invalid);
      assertTrue(invalid.body().contains("value"), invalid.body());
    }

    @Test
    void defaultResponses() {
      assertEquals("200", multiple.getDefaultModelA200Valid().getStatusCode());
      assertNull(multiple.getDefaultModelA200None());
      assertEquals("", fails(400, multiple::getDefaultModelA400Valid).body());
      ApiException withBody = fails(400, multiple::getDefaultModelA400None);
      assertNull(withBody.error(A.class).orElseThrow().getStatusCode());
      assertEquals(200, status(multiple::getDefaultNone200InvalidWithResponse));
      assertEquals(200, status(multiple::getDefaultNone200NoneWithResponse));
      fails(400, multiple::getDefaultNone400Invalid);
      fails(400, multiple::getDefaultNone400None);
    }

    @Test
    void onlyA200Model() {
      assertNull(multiple.get200ModelA200None());
      assertEquals("200", multiple.get200ModelA200Valid().getStatusCode());
      assertNull(
          multiple.get200ModelA200Invalid().getStatusCode(),
          "an unknown property leaves the known ones unset");
      fails(400, multiple::get200ModelA400None);
      fails(400, multiple::get200ModelA400Valid);
      fails(400, multiple::get200ModelA400Invalid);
      fails(202, multiple::get200ModelA202Valid);
    }
  }
}
