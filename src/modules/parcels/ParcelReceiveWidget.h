#pragma once

#include "engine/Session.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace fd {

// The form uic makes from the .ui, whose class is fd::ParcelReceiveWidget so that its texts translate in this
// class's context. Named Ui_ParcelReceiveWidget: an fd::Ui namespace would hide the global one other forms use.
class Ui_ParcelReceiveWidget;

class ParcelBatchModel;
class ParcelService;
class RegistryService;
class UnitPickerWidget;

// Receiving a courier's batch with the keyboard (R-PS-4): the unit (3-1-502 or 31502, Enter), the
// count (Enter), and each Enter adds the piece to the batch; kind, tracking number and damage are
// there when needed. "Save batch" writes every line or none: a refused line is marked with why.
// Layout: ui/modules/parcels/ParcelReceiveWidget.ui.
class ParcelReceiveWidget : public QWidget
{
    Q_OBJECT

public:
    ParcelReceiveWidget(RegistryService& registry, ParcelService& parcels, QWidget* parent = nullptr);
    ~ParcelReceiveWidget() override;

    void setSession(const Session& session);
    [[nodiscard]] UnitPickerWidget* unitPicker() const { return m_unit; }
    [[nodiscard]] ParcelBatchModel* batch() const { return m_batch; }

public slots:
    // Adds the form's piece to the batch; false (with a message at the field) when it is incomplete.
    bool addLine();
    bool saveBatch();
    void removeSelectedLine();

signals:
    // A batch was saved: the lists of waiting parcels change.
    void batchSaved(qint64 batchId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void resetPiece();
    void updateSummary();

    std::unique_ptr<Ui_ParcelReceiveWidget> m_ui;
    ParcelService& m_parcels;
    std::optional<Session> m_session;
    FormErrors m_errors;
    ParcelBatchModel* m_batch;
    UnitPickerWidget* m_unit;
};

} // namespace fd
