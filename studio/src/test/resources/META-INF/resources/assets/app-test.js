console.log("studio test asset");
