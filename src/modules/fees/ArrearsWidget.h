#pragma once

#include "engine/Session.h"
#include "modules/fees/FeeTypes.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

class QStandardItemModel;

namespace fd {

// The form uic makes from ui/modules/fees/ArrearsWidget.ui (class fd::ArrearsWidget).
class Ui_ArrearsWidget;

class ArrearsService;

// The arrears list (欠费催缴, R-FE-3): the units unpaid after a due day, the longest first, with what they
// owe, since when, the notices issued and when the next may go, the last contact and whether the unit
// is referred for legal handling. For the selected unit: its notices and contacts, a contact to record
// (and why it is unpaid), the next dunning notice to issue and save as PDF, and the manager's referral.
class ArrearsWidget : public QWidget
{
    Q_OBJECT

public:
    ArrearsWidget(ArrearsService& arrears, const QString& siteName, QWidget* parent = nullptr);
    ~ArrearsWidget() override;

    void setSession(const Session& session);
    [[nodiscard]] QStandardItemModel* model() const { return m_model; }
    [[nodiscard]] const QList<ArrearsRow>& rows() const { return m_rows; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString history() const;
    // Selects the unit's row; false when it is not on the list.
    bool selectUnit(qint64 unitId);
    // The unit a dunning notice went to (0: none, or not the person's to see).
    [[nodiscard]] qint64 unitOfNotice(qint64 noticeId) const;
    void fillContact(ContactKind kind, const QString& reason, const QString& note);

public slots:
    void refresh();
    bool recordContact();
    // Issues the notice and asks where to save its PDF.
    bool issueNotice();
    // Asks the manager to confirm first.
    bool refer();

private:
    [[nodiscard]] std::optional<ArrearsRow> selected() const;
    void showSelected();
    void say(const QString& text);

    std::unique_ptr<Ui_ArrearsWidget> m_ui;
    ArrearsService& m_arrears;
    QString m_siteName;
    std::optional<Session> m_session;
    QStandardItemModel* m_model;
    QList<ArrearsRow> m_rows;
    FormErrors m_errors;
};

} // namespace fd
