#pragma once

#include "modules/intake/IntakeService.h"

#include <QGroupBox>

class QLabel;
class QTreeWidget;

namespace fd {

// Beside the intake form: the customer's latest tickets (at most IntakeService::HistoryLimit, so a
// plain tree widget, no lazy model) and the note the next clerk must see (R-CP-10).
class IntakeHistoryPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit IntakeHistoryPanel(QWidget* parent = nullptr);

    void showHistory(const QString& who, const IntakeHistory& history);
    void showError(const QString& message);
    void clear();
    [[nodiscard]] int rowCount() const;

private:
    QLabel* m_who;
    QLabel* m_note;
    QTreeWidget* m_list;
};

} // namespace fd
