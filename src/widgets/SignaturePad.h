#pragma once

#include <QByteArray>
#include <QList>
#include <QPolygonF>
#include <QWidget>

namespace fd {

// Where the customer signs: strokes drawn with the mouse, a pen (tablet events) or a finger (touch)
// on a white card with a base line. toPng() gives what is stored with the record; an untouched pad
// is empty. Keyboard: Delete clears it.
class SignaturePad : public QWidget
{
    Q_OBJECT

public:
    explicit SignaturePad(QWidget* parent = nullptr);

    [[nodiscard]] bool isEmpty() const { return m_strokes.isEmpty(); }
    // The strokes on a white background, cropped to what was drawn plus a margin; empty when unsigned.
    [[nodiscard]] QByteArray toPng() const;
    // Draws strokes given in the pad's own coordinates (tests, and a signature replayed from a file).
    void addStroke(const QPolygonF& stroke);
    [[nodiscard]] QSize sizeHint() const override { return {360, 140}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {240, 100}; }

public slots:
    void clear();

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void begin(const QPointF& at);
    void extend(const QPointF& at);
    void end();

    QList<QPolygonF> m_strokes;
    bool m_drawing = false;
};

} // namespace fd
