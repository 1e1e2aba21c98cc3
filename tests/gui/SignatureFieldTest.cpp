// Issue 5 "Signatures": the customer signs on a pad with the mouse, a pen or a finger; the form
// keeps the strokes as an image, or why there are none.
#include "widgets/SignatureField.h"
#include "GuiTestSupport.h"
#include "support/Screenshots.h"
#include "widgets/SignaturePad.h"
#include "widgets/SignatureView.h"

#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// Drags the mouse across the pad as a customer signing would.
void signWithMouse(SignaturePad* pad)
{
    QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, QPoint(30, 80));
    for (int x = 40; x <= 220; x += 15) {
        QMouseEvent move(QEvent::MouseMove, QPointF(x, 80 + (x / 15 % 2 ? -25 : 20)), pad->mapToGlobal(QPointF(x, 80)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pad, &move);
    }
    QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, QPoint(220, 80));
}

int darkPixels(const QByteArray& png)
{
    QImage image;
    image.loadFromData(png, "PNG");
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128;
    return dark;
}

// R-PS-1 / R-PS-3: what the customer drew is what is stored.
TEST(SignatureFieldTest, StrokesDrawnWithTheMouseBecomeThePngThatIsStored)
{
    SignatureField field;
    field.resize(560, 160);
    field.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&field));
    EXPECT_TRUE(field.signature(u"王伟"_s).isEmpty());

    signWithMouse(field.pad());
    const Signature s = field.signature(u"王伟"_s);
    EXPECT_TRUE(s.signedOnPad());
    EXPECT_EQ(s.signer, u"王伟"_s);
    EXPECT_GT(darkPixels(s.image), 100);

    // Delete on the pad starts again.
    field.pad()->setFocus();
    QTest::keyClick(field.pad(), Qt::Key_Delete);
    EXPECT_TRUE(field.signature(u"王伟"_s).isEmpty());
}

// Issue 5: no signature unless the clerk records why; choosing a reason turns the pad off.
TEST(SignatureFieldTest, AWaiverTakesTheReasonAndTheNoteInsteadOfThePad)
{
    SignatureField field;
    field.show();
    signWithMouse(field.pad());
    auto* waiver = field.findChild<QComboBox*>(u"signatureWaiver"_s);
    auto* note = field.findChild<QLineEdit*>(u"signatureNote"_s);
    ASSERT_TRUE(waiver && note);
    EXPECT_FALSE(note->isEnabled());
    waiver->setCurrentIndex(waiver->findData(QString::fromLatin1(Signature::Refused)));
    EXPECT_FALSE(field.pad()->isEnabled());
    type(note, u"客户称赶时间"_s);
    const Signature s = field.signature(u"王伟"_s);
    EXPECT_FALSE(s.signedOnPad()); // the strokes are not kept with a waiver
    EXPECT_EQ(s.waivedReason, QString::fromLatin1(Signature::Refused));
    EXPECT_EQ(s.note, u"客户称赶时间"_s);
}

TEST(SignatureFieldTest, ScreenshotOfASignedPadAndItsStoredImage)
{
    QWidget host;
    auto* layout = new QVBoxLayout(&host);
    auto* field = new SignatureField(&host);
    auto* view = new SignatureView(&host);
    layout->addWidget(field);
    layout->addWidget(view);
    host.resize(560, 300);
    host.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&host));
    // A hand-written 王 and a flourish.
    field->pad()->addStroke(QPolygonF{{40, 50}, {90, 48}});
    field->pad()->addStroke(QPolygonF{{45, 75}, {85, 74}});
    field->pad()->addStroke(QPolygonF{{35, 102}, {95, 100}});
    field->pad()->addStroke(QPolygonF{{65, 48}, {66, 101}});
    field->pad()->addStroke(QPolygonF{{110, 95}, {140, 60}, {160, 100}, {190, 55}, {230, 98}, {280, 70}});
    view->showSignature(field->signature(u"王伟"_s));
    EXPECT_FALSE(view->pixmap().isNull());
    Screenshots::save(&host, u"signature-pad-en"_s);
}

} // namespace
} // namespace fd::test
