package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.ColumnDefault;
import io.github.schema2jpa.schema.ColumnSize;
import io.github.schema2jpa.schema.ColumnType;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.text.SchemaText;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A default the column cannot hold would make every insert without a value fail: a string longer than the column's
 * length, a decimal with more digits before the point than precision minus scale. The default is already parsed
 * ({@link io.github.schema2jpa.schema.ColumnDefaults}); this compares its value with the column's size.
 */
final class DefaultSizes {

    /** Hibernate's column length, precision and scale when the schema gives none. */
    private static final int DEFAULT_LENGTH = 255;
    private static final int DEFAULT_PRECISION = 38;
    private static final int DEFAULT_SCALE = 2;

    private DefaultSizes() {
    }

    static void check(Column column, ColumnType type, Located<ColumnDefault> value, Diagnostics diagnostics) {
        if (value.value() instanceof ColumnDefault.TextValue text && type.facts().size() == ColumnSize.LENGTH) {
            checkLength(column, text.value(), value, diagnostics);
        } else if (value.value() instanceof ColumnDefault.DecimalValue decimal) {
            checkDigits(column, decimal, value, diagnostics);
        }
    }

    private static void checkLength(Column column, String text, Located<ColumnDefault> value, Diagnostics diagnostics) {
        int length = column.length().map(Located::value).orElse(DEFAULT_LENGTH);
        // H2 counts UTF-16 units: an emoji is two of its characters
        int characters = text.length();
        if (characters > length) {
            diagnostics.error(value.location(), "default of column '" + column.name() + "' is " + characters
                    + " characters long" + (characters == text.codePointCount(0, characters) ? ""
                            : " as H2 counts them (two for each character beyond U+FFFF)")
                    + ", but the column holds at most " + length + ": every insert that leaves it"
                    + " to the default would fail; give the column a length of at least " + characters
                    + ", or a shorter default");
        }
    }

    private static void checkDigits(Column column, ColumnDefault.DecimalValue decimal, Located<ColumnDefault> value,
            Diagnostics diagnostics) {
        BigDecimal number = decimal.value();
        int precision = column.precision().map(Located::value).orElse(DEFAULT_PRECISION);
        int scale = column.scale().map(Located::value).orElse(DEFAULT_SCALE);
        if (number.signum() == 0) {
            return;
        }
        long digits = (long) number.precision() - number.scale();
        if (digits == precision - scale && number.scale() > scale) {
            // rounding to the scale may carry into one more digit: 99.999 at scale 2 is 100.00
            BigDecimal rounded = number.setScale(scale, RoundingMode.HALF_UP);
            digits = (long) rounded.precision() - rounded.scale();
        }
        if (digits > precision - scale) {
            diagnostics.error(value.location(), "default '" + SchemaText.shown(decimal.written()) + "' of column '"
                    + column.name() + "' has " + digits + " digits before the point, but precision " + precision
                    + " and scale " + scale + " leave " + (precision - scale) + ": every insert that leaves it to"
                    + " the default would fail; raise the precision, or write a smaller default");
        }
    }
}
