#pragma once

#include "engine/shifts/HandoverSheet.h"

#include <QList>
#include <QScrollArea>

class QCheckBox;
class QLineEdit;
class QVBoxLayout;

namespace fd {

class FormErrors;

// The lines of a handover sheet grouped as on the paper form: open tickets, log items, equipment
// and keys (R-SH-2). Read shows them (with the time each was acknowledged and any dispute, once
// answered); Answer gives each line an "Acknowledged" box and a field for what does not match, so
// the arriving person answers every line. Each line's message sits under it: the service names
// the unanswered line as "item:<id>", and setItems binds that name to the line.
class HandoverItemsView : public QScrollArea
{
    Q_OBJECT

public:
    enum class Mode { Read, Answer };

    explicit HandoverItemsView(QWidget* parent = nullptr);

    void setItems(const QList<HandoverItem>& items, Mode mode, FormErrors* errors = nullptr);
    // The lines acknowledged or disputed (a dispute counts as the answer); a line with neither is
    // left out, and the service says which one.
    [[nodiscard]] QList<HandoverAnswer> answers() const;
    [[nodiscard]] int lineCount() const { return static_cast<int>(m_lines.size()); }
    [[nodiscard]] QSize sizeHint() const override;
    // Scrolls to the line a service error names ("item:<id>"), so its message is seen.
    void reveal(const QString& field);

signals:
    void answersChanged();

private:
    struct Line
    {
        qint64 id = 0;
        QCheckBox* acknowledged = nullptr;
        QLineEdit* dispute = nullptr;
    };
    void addGroup(HandoverItemKind kind, const QList<HandoverItem>& items, Mode mode, FormErrors* errors);

    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QList<Line> m_lines;
};

} // namespace fd
