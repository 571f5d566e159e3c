package dev.xmsgen.conformance;

import static dev.xmsgen.conformance.Values.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import conformance.body_boolean.AutoRestBoolTestServiceClient;
import conformance.body_boolean.BoolClient;
import conformance.body_byte.AutoRestSwaggerBATByteServiceClient;
import conformance.body_byte.ByteClient;
import conformance.body_integer.AutoRestIntegerTestServiceClient;
import conformance.body_integer.IntClient;
import conformance.body_number.AutoRestNumberTestServiceClient;
import conformance.body_number.NumberClient;
import dev.xmsgen.runtime.ResponseBodyException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** body-boolean.json, body-integer.json, body-number.json, body-byte.json: scalar bodies. */
class BodyPrimitivesTest {

  @Nested
  class Booleans {
    private final BoolClient bool =
        AutoRestBoolTestServiceClient.builder().endpoint(TestServer.endpoint()).build().bool();

    @Test
    void trueAndFalse() {
      assertEquals(true, bool.getTrue());
      assertEquals(false, bool.getFalse());
      assertEquals(200, bool.putTrueWithResponse().statusCode());
      assertEquals(200, bool.putFalseWithResponse().statusCode());
    }

    @Test
    void nullAndInvalid() {
      assertNull(bool.getNull());
      assertThrows(ResponseBodyException.class, bool::getInvalid);
    }
  }

  @Nested
  class Integers {
    private final IntClient ints =
        AutoRestIntegerTestServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .intValue();

    @Test
    void nullInvalidAndOutOfRange() {
      assertNull(ints.getNull());
      assertThrows(ResponseBodyException.class, ints::getInvalid);
      assertThrows(ResponseBodyException.class, ints::getOverflowInt32);
      assertThrows(ResponseBodyException.class, ints::getUnderflowInt32);
      assertThrows(ResponseBodyException.class, ints::getOverflowInt64);
      assertThrows(ResponseBodyException.class, ints::getUnderflowInt64);
    }

    @Test
    void extremes() {
      assertEquals(200, ints.putMax32WithResponse(Integer.MAX_VALUE).statusCode());
      assertEquals(200, ints.putMin32WithResponse(Integer.MIN_VALUE).statusCode());
      assertEquals(200, ints.putMax64WithResponse(Long.MAX_VALUE).statusCode());
      assertEquals(200, ints.putMin64WithResponse(Long.MIN_VALUE).statusCode());
    }

    @Test
    void unixTime() {
      OffsetDateTime time = OffsetDateTime.of(2016, 4, 13, 0, 0, 0, 0, ZoneOffset.UTC);
      assertEquals(time, ints.getUnixTime());
      assertEquals(200, ints.putUnixTimeDateWithResponse(time).statusCode());
      assertThrows(ResponseBodyException.class, ints::getInvalidUnixTime);
      assertNull(ints.getNullUnixTime());
    }
  }

  @Nested
  class Numbers {
    private final NumberClient number =
        AutoRestNumberTestServiceClient.builder().endpoint(TestServer.endpoint()).build().number();

    @Test
    void nullAndInvalid() {
      assertNull(number.getNull());
      assertThrows(ResponseBodyException.class, number::getInvalidFloat);
      assertThrows(ResponseBodyException.class, number::getInvalidDouble);
    }

    @Test
    void scientificNotation() {
      assertEquals(3.402823e20f, number.getBigFloat());
      assertEquals(200, number.putBigFloatWithResponse(3.402823e20f).statusCode());
      assertEquals(2.5976931e101, number.getBigDouble());
      assertEquals(200, number.putBigDoubleWithResponse(2.5976931e101).statusCode());
      assertEquals(3.402823e-20, number.getSmallFloat());
      assertEquals(200, number.putSmallFloatWithResponse(3.402823e-20f).statusCode());
      assertEquals(2.5976931e-101, number.getSmallDouble());
      assertEquals(200, number.putSmallDoubleWithResponse(2.5976931e-101).statusCode());
    }

    @Test
    void bigDecimals() {
      assertEquals(99999999.99, number.getBigDoublePositiveDecimal());
      assertEquals(-99999999.99, number.getBigDoubleNegativeDecimal());
      assertEquals(200, number.putBigDoublePositiveDecimalWithResponse().statusCode());
      assertEquals(200, number.putBigDoubleNegativeDecimalWithResponse().statusCode());
    }
  }

  /** Decimal scenarios are optional: the server counts them in {@code /report/optional}. */
  @Nested
  class Decimals {
    private final NumberClient number =
        AutoRestNumberTestServiceClient.builder().endpoint(TestServer.endpoint()).build().number();

    @Test
    void exactDecimals() {
      assertEquals(new BigDecimal("2.5976931e+101"), number.getBigDecimal());
      assertEquals(new BigDecimal("99999999.99"), number.getBigDecimalPositiveDecimal());
      assertEquals(new BigDecimal("-99999999.99"), number.getBigDecimalNegativeDecimal());
      assertEquals(new BigDecimal("2.5976931e-101"), number.getSmallDecimal());
      assertEquals(
          200, number.putBigDecimalWithResponse(new BigDecimal("2.5976931e+101")).statusCode());
      assertEquals(200, number.putBigDecimalPositiveDecimalWithResponse().statusCode());
      assertEquals(200, number.putBigDecimalNegativeDecimalWithResponse().statusCode());
      assertEquals(
          200, number.putSmallDecimalWithResponse(new BigDecimal("2.5976931e-101")).statusCode());
      assertThrows(ResponseBodyException.class, number::getInvalidDecimal);
    }
  }

  @Nested
  class Bytes {
    private final ByteClient bytes =
        AutoRestSwaggerBATByteServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .byteValue();

    @Test
    void nullEmptyNonAsciiAndInvalid() {
      assertNull(bytes.getNull());
      assertArrayEquals(new byte[0], bytes.getEmpty());
      byte[] nonAscii = bytes(255, 254, 253, 252, 251, 250, 249, 248, 247, 246);
      assertArrayEquals(nonAscii, bytes.getNonAscii());
      assertEquals(200, bytes.putNonAsciiWithResponse(nonAscii).statusCode());
      assertThrows(ResponseBodyException.class, bytes::getInvalid);
    }
  }
}
