import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { BatchLaneNote, BatchLaneSaving } from "@/components/BatchLane";

describe("BatchLaneSaving", () => {
  it("should_show_the_saving_and_the_list_price_when_the_server_prices_the_batch_lane", () => {
    // given / when
    render(<BatchLaneSaving saving={0.27} listPrice={0.54} />);

    // then
    expect(screen.getByTestId("batch-lane-saved").textContent).toBe("saved $0.2700 (list price $0.5400)");
  });

  it("should_show_nothing_when_the_batch_has_no_saving", () => {
    // given / when
    const { container } = render(
      <>
        <BatchLaneSaving saving={null} listPrice={null} />
        <BatchLaneSaving saving={undefined} listPrice={undefined} />
      </>,
    );

    // then
    expect(container.textContent).toBe("");
  });
});

describe("BatchLaneNote", () => {
  it("should_show_the_expected_completion_on_the_batch_lane_only", () => {
    // given / when
    render(
      <>
        <BatchLaneNote lane="batch" expectedBy="2026-01-02T00:00:00Z" />
        <BatchLaneNote lane="online" expectedBy={null} />
      </>,
    );

    // then
    const notes = screen.getAllByTestId("batch-lane");
    expect(notes[0].textContent).toContain("results expected by");
    expect(notes[1].textContent).toBe("online lane");
  });
});
