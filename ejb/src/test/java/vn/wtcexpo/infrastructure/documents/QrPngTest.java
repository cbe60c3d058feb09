package vn.wtcexpo.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A QR code as a PNG that any reader decodes. */
class QrPngTest {

    @Test
    void aCode_readsBackAsItsText() throws Exception {
        String text = "AQAjAEBYZmF0aGVyX2xpa2VfYmFkZ2VfY29kZQ";
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrPng.of(text, 4)));
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
        assertEquals(text, read);
    }

    @Test
    void moreModulePixels_makeALargerImage() throws Exception {
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(QrPng.of("x", 2)));
        BufferedImage large = ImageIO.read(new ByteArrayInputStream(QrPng.of("x", 8)));
        assertTrue(large.getWidth() > small.getWidth());
    }
}
