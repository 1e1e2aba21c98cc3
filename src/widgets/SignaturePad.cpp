#include "widgets/SignaturePad.h"

#include <QBuffer>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>

namespace fd {

namespace {

constexpr qreal kPen = 2.4;
constexpr int kMargin = 8;

void drawStrokes(QPainter& painter, const QList<QPolygonF>& strokes)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, kPen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF& stroke : strokes) {
        if (stroke.size() == 1)
            painter.drawPoint(stroke.first());
        else
            painter.drawPolyline(stroke);
    }
}

} // namespace

SignaturePad::SignaturePad(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Signature pad"));
}

void SignaturePad::clear()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.clear();
    update();
    emit changed();
}

void SignaturePad::addStroke(const QPolygonF& stroke)
{
    if (stroke.isEmpty())
        return;
    m_strokes.append(stroke);
    update();
    emit changed();
}

QByteArray SignaturePad::toPng() const
{
    if (m_strokes.isEmpty())
        return {};
    QRectF bounds;
    for (const QPolygonF& stroke : m_strokes)
        bounds = bounds.united(stroke.boundingRect());
    const QRect crop = bounds.toAlignedRect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    QImage image(crop.size(), QImage::Format_Grayscale8);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.translate(-crop.topLeft());
        drawStrokes(painter, m_strokes);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void SignaturePad::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const int base = height() - height() / 4;
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    painter.drawLine(12, base, width() - 12, base);
    if (m_strokes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(12, 0, -12, -(height() - base) - 4), Qt::AlignLeft | Qt::AlignBottom,
                         tr("Customer signs here"));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
    drawStrokes(painter, m_strokes);
}

void SignaturePad::begin(const QPointF& at)
{
    m_drawing = true;
    m_strokes.append(QPolygonF{at});
    update();
}

void SignaturePad::extend(const QPointF& at)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    m_strokes.last() << at;
    update();
}

void SignaturePad::end()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    emit changed();
}

void SignaturePad::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        begin(event->position());
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        extend(event->position());
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        end();
}

void SignaturePad::tabletEvent(QTabletEvent* event)
{
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(event->position());
        break;
    case QEvent::TabletMove:
        if (event->pressure() > 0)
            extend(event->position());
        break;
    case QEvent::TabletRelease:
        end();
        break;
    default:
        break;
    }
    event->accept(); // no synthesized mouse events on top of the pen's
}

bool SignaturePad::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto* touch = static_cast<QTouchEvent*>(event);
        if (touch->points().isEmpty())
            return true;
        const QPointF at = touch->points().first().position();
        if (event->type() == QEvent::TouchBegin)
            begin(at);
        else if (event->type() == QEvent::TouchUpdate)
            extend(at);
        else
            end();
        return true;
    }
    default:
        return QWidget::event(event);
    }
}

void SignaturePad::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        clear();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace fd
